// Preloaded into the slant processes the stress tests run (`node --import`): on exit, writes the
// process's peak resident memory (kilobytes; worker threads included) to $SLANT_PEAK_FILE.
// Without that variable (as when the test runner loads this file) it does nothing.
import fs from 'node:fs'

const target = process.env.SLANT_PEAK_FILE
if (target) process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)))
