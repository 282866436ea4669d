/** A one-line progress bar on a terminal; a line every tenth of the way elsewhere (CI logs). */
export function progressBar(label: string) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return {
    update(done: number, total: number) {
      const share = total === 0 ? 1 : done / total;
      const seconds = (performance.now() - started) / 1000;
      const line = `${'█'.repeat(Math.round(share * 30)).padEnd(30, '░')} ${(share * 100).toFixed(0).padStart(3)} % ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${label}, ${seconds.toFixed(0)} s`;
      if (tty) {
        process.stderr.write(`\r${line}`);
      } else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        process.stderr.write(`${line}\n`);
      }
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
