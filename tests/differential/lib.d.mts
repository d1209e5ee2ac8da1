// Types of lib.mjs, for differential.test.ts.
export interface CaseSpec {
  name: string;
  cwd: string;
  script: string;
  expectedFile: string;
}
export interface Outcome {
  stdout: string;
  stderr: string;
  status: number | string | null;
}
export const diffDir: string;
export const casesDir: string;
export const repoRoot: string;
export const heaplineBin: string;
export const knownFailuresFile: string;
export const ROOT_TOKEN: string;
export const CASE_TIMEOUT_MS: number;
export const JOBS: number;
export function caseEnv(): Record<string, string>;
export function caseNames(): string[];
export function caseSpec(name: string): CaseSpec;
export function allSpecs(): CaseSpec[];
export function portable(text: string): string;
export function readExpected(spec: CaseSpec): Outcome | undefined;
export function runProcess(
  cmd: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
  env?: Record<string, string>,
): Promise<Outcome>;
export function pythonExecutable(): string;
export function runPython(spec: CaseSpec, env?: Record<string, string>): Promise<Outcome>;
export function runHeapline(spec: CaseSpec, timeoutMs?: number): Promise<Outcome>;
export function sameOutcome(a: Outcome, b: Outcome | undefined): boolean;
export function makePool(n: number): <T>(fn: () => Promise<T>) => Promise<T>;
export function readKnownFailures(): Map<string, string>;
