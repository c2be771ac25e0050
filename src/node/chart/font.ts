// The serif the chart is drawn with: a Times New Roman (or its metric twin) that has every Vietnamese letter.
// Named by file, so resvg never falls back per glyph to another family and bakes the mix into the image.
import { existsSync } from 'node:fs';

export type ChartFont = { family: string; files: [regular: string, bold: string] };

// Liberation Serif 1.x (Debian's fonts-liberation) lacks ắ, ơ, ư…: only version 2 (fonts-liberation2) is listed.
const CANDIDATES: ChartFont[] = [
  {
    family: 'Times New Roman',
    files: ['C:\\Windows\\Fonts\\times.ttf', 'C:\\Windows\\Fonts\\timesbd.ttf'],
  },
  {
    family: 'Times New Roman',
    files: [
      '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
      '/System/Library/Fonts/Supplemental/Times New Roman Bold.ttf',
    ],
  },
  {
    family: 'Times New Roman',
    files: [
      '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf',
      '/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman_Bold.ttf',
    ],
  },
  {
    family: 'Liberation Serif',
    files: [
      '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
      '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf',
    ],
  },
];

/** The first installed candidate, or null (then the system's fonts are used as they are). */
export const chartFont = (exists: (path: string) => boolean = existsSync): ChartFont | null =>
  CANDIDATES.find((c) => c.files.every(exists)) ?? null;
