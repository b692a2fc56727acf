/**
 * The environment the app under test runs with: factgate's own, minus what the Actions
 * runner hands to factgate alone. INPUT_* holds the action's inputs (the GitHub token
 * among them) and ACTIONS_* the runner's service tokens; the app, which on a pull
 * request is the contributor's code, must not inherit them. Variables the settings set
 * explicitly are always passed.
 */
const RUNNER_ONLY = [/^INPUT_/i, /^ACTIONS_RUNTIME_/i, /^ACTIONS_ID_TOKEN_REQUEST_/i, /^ACTIONS_CACHE_URL$/i, /^ACTIONS_RESULTS_URL$/i];

export function childEnvironment(
  inherited: Record<string, string | undefined>,
  explicit: Record<string, string> | undefined,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(inherited)) {
    if (!RUNNER_ONLY.some((pattern) => pattern.test(name))) env[name] = value;
  }
  return { ...env, ...explicit };
}
