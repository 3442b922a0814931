import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_SECONDS = 0.01;

/** utime, stime, cutime, cstime of a process, in ticks (0 once it is gone). */
function ticksOf(pid: number, withChildren: boolean): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name in parentheses may hold spaces; the numbers follow its closing parenthesis.
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const [utime = 0, stime = 0, cutime = 0, cstime = 0] = fields.slice(11, 15);
    return utime + stime + (withChildren ? cutime + cstime : 0);
  } catch {
    return 0;
  }
}

function childrenOf(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) pids.push(pid);
    } catch {
      // It ended while the list was read.
    }
  }
  return pids;
}

/** Busy ticks of the whole machine, every core (all of /proc/stat's "cpu" line but idle). */
function machineTicks(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [, ...values] = line.trim().split(/\s+/).map(Number);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return values.reduce((sum, value) => sum + value, 0) - idle;
}

/** PostgreSQL's CPU: the postmaster, its backends, and the ended backends it has reaped. */
function postgresTicks(dataDir: string): number {
  const postmaster = Number(
    readFileSync(join(dataDir, 'db', 'postmaster.pid'), 'utf8').split('\n')[0],
  );
  return (
    ticksOf(postmaster, true) +
    childrenOf(postmaster).reduce((sum, pid) => sum + ticksOf(pid, false), 0)
  );
}

export interface CpuSeconds {
  api: number;
  postgres: number;
  /** This process: the simulated members and their HTTP client. */
  loadGenerator: number;
  /** Everything else the machine ran meanwhile (other work on it skews every latency). */
  other: number;
  /** Seconds the run took, times the cores: what there was to use. */
  available: number;
}

/**
 * Who used the machine's CPU during a run: call it before, and the returned function after.
 * Linux only (it reads /proc); elsewhere the numbers are null.
 */
export function cpuMeter(apiPid: number, postgresDataDir: string, cores: number) {
  try {
    const start = {
      at: performance.now(),
      machine: machineTicks(),
      api: ticksOf(apiPid, true),
      postgres: postgresTicks(postgresDataDir),
      self: process.cpuUsage(),
    };
    return (): CpuSeconds | null => {
      const self = process.cpuUsage(start.self);
      const api = (ticksOf(apiPid, true) - start.api) * TICK_SECONDS;
      const postgres = (postgresTicks(postgresDataDir) - start.postgres) * TICK_SECONDS;
      const loadGenerator = (self.user + self.system) / 1e6;
      const machine = (machineTicks() - start.machine) * TICK_SECONDS;
      const round = (value: number) => Math.round(value * 10) / 10;
      return {
        api: round(api),
        postgres: round(postgres),
        loadGenerator: round(loadGenerator),
        other: round(Math.max(0, machine - api - postgres - loadGenerator)),
        available: round(((performance.now() - start.at) / 1000) * cores),
      };
    };
  } catch {
    return () => null;
  }
}
