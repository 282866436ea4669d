import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/cli';

/** A TypeScript entry point run by this Node itself: one process, so its memory is its own. */
export function startScript(script: string, env: Record<string, string>, label: string): ChildProcess {
  return startProcess(['--import', 'tsx', path.join(ROOT, script)], env, label);
}

function startProcess(args: string[], env: Record<string, string>, label: string): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) console.log(`  [${label}] ${line}`);
  };
  child.stdout!.on('data', forward);
  child.stderr!.on('data', forward);
  return child;
}

/** The portal's server as `npm start` runs it: compiled JavaScript, without a transpiler. */
export function startPortal(env: Record<string, string>, label: string): ChildProcess {
  return startProcess([path.join(ROOT, 'scripts', 'start.mjs')], env, label);
}

/** Waits until the URL answers 200, or the process ends. */
export async function waitUntilReady(child: ChildProcess, url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The process for ${url} ended (${child.exitCode ?? child.signalCode}) before it was ready.`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s.`);
}

export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await ended;
}

/** Resident memory of a process and its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) total += treeRss(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

/** Samples a process tree's memory every quarter second; `peak` is the highest seen. */
export function watchMemory(pid: number) {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, 250);
  timer.unref();
  return {
    current: () => treeRss(pid),
    peak: () => Math.max(peak, treeRss(pid)),
    stop: () => clearInterval(timer),
  };
}

export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const target = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(target) : fs.statSync(target).size;
  }
  return total;
}
