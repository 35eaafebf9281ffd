// Preloaded into every measured process (`node --import`): on exit, writes the process's peak
// resident memory (which covers its worker threads) to the file named by SLANT_BENCH_PROBE.
import fs from 'node:fs'

const out = process.env.SLANT_BENCH_PROBE
if (out) process.on('exit', () => fs.writeFileSync(out, JSON.stringify({maxRssKb: process.resourceUsage().maxRSS})))
