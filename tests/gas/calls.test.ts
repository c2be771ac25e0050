// Service calls do not grow with the commune: the same count for the sample and for a commune ten times larger.
import { plantMistakes, MISTAKES_SEED } from '../../sheets-templates/sample/mistakes';
import { sample, sampleTimes10 } from './fixtures';
import { createSandbox, type Sandbox } from './sandbox/sandbox';

const MAX_TONG_HOP = 60;

interface Counts {
  tongHop: number;
  tongHopAgain: number;
  kiemTra: number;
  kiemTraAgain: number;
  xoa: number;
  thietLap: number;
}

const measure = (sb: Sandbox): Counts => ({
  tongHop: sb.count(() => sb.call('menuTongHop')),
  tongHopAgain: sb.count(() => sb.call('menuTongHop')),
  kiemTra: sb.count(() => sb.call('menuKiemTra')),
  kiemTraAgain: sb.count(() => sb.call('menuKiemTra')),
  xoa: sb.count(() => sb.call('menuXoaDanhDau')),
  thietLap: sb.count(() => sb.call('menuThietLap')),
});

let small: Counts;
let large: Counts;
beforeAll(() => {
  small = measure(createSandbox({ snapshot: plantMistakes(sample(), MISTAKES_SEED).snapshot }));
  large = measure(createSandbox({ snapshot: plantMistakes(sampleTimes10(), MISTAKES_SEED).snapshot }));
}, 240_000);

test('a full "Chấm điểm và tổng hợp" makes at most 60 service calls, first run and later runs', () => {
  expect(small.tongHop).toBeLessThanOrEqual(MAX_TONG_HOP);
  expect(small.tongHopAgain).toBeLessThanOrEqual(MAX_TONG_HOP);
});

test.each(['tongHop', 'tongHopAgain', 'kiemTra', 'kiemTraAgain', 'xoa', 'thietLap'] as const)(
  '%s makes as many calls on the sample as on a commune ten times larger',
  (item) => {
    expect(large[item]).toBe(small[item]);
  },
);
