// Loaded with --import into a measured process: prints its peak RSS when it exits.
process.on('exit', () => {
  process.stderr.write(`FACTGATE_PEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
