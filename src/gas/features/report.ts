// "Tạo báo cáo" and its progress sidebar's steps: the engine, the report model and the Docs renderer, compiled only
// by the executions that make documents (src/gas/load-feature.ts).
import { reportMenu, reportStep as reportStepIn } from '../report-wiring';
import { runMenu, runStep } from '../run';
import { liveServices } from '../services';

/** `startedAt` is taken by the entry function, before this code was read and compiled: the slice's clock is honest. */
export const menuTaoBaoCao = (startedAt: number): void =>
  void runMenu(liveServices(), 'report', (ctx) => reportMenu(ctx, startedAt));

export const reportStep = (startedAt: number): unknown =>
  runStep(liveServices(), (ctx) => reportStepIn(ctx, startedAt));
