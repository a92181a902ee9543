// Loaded with --import by the benchmark: prints the process's peak memory as it exits.
process.on('exit', () => process.stderr.write(`maxrss-kib ${process.resourceUsage().maxRSS}\n`));
