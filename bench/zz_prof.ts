import { churnBench } from './churnBench.ts';
churnBench(4_000_000);
console.log(churnBench(10_000_000).eventsPerSecond / 1e6);
