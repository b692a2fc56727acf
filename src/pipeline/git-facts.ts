/** Commit, ref and run link from the standard GitHub Actions variables (null on a laptop). */
export function gitFactsFromEnv(env: Readonly<Record<string, string | undefined>>): {
  sha: string | null;
  ref: string | null;
  runUrl: string | null;
} {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  return {
    sha: env.GITHUB_SHA ?? null,
    ref: env.GITHUB_REF ?? null,
    runUrl:
      GITHUB_SERVER_URL && GITHUB_REPOSITORY && GITHUB_RUN_ID
        ? `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`
        : null,
  };
}
