// The chart's SVG rasterised to PNG for the .docx (resvg, with a Times New Roman that has every Vietnamese letter).
import { Resvg } from '@resvg/resvg-js';
import { chartSvg, type ChartModel } from '../../core/report/chart';
import { progressChartSvg, type ProgressChartModel } from '../../core/report/progress-chart';
import { chartFont } from './font';

/** Twice the SVG's size, so the image stays sharp when printed at 160 mm. */
const pngOf = (svg: string): Uint8Array => {
  const font = chartFont();
  const resvg = new Resvg(svg, {
    font: font
      ? {
          loadSystemFonts: false,
          fontFiles: font.files,
          defaultFontFamily: font.family,
          serifFamily: font.family,
        }
      : { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif', serifFamily: 'Liberation Serif' },
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
  });
  return resvg.render().asPng();
};

export const chartPng = (model: ChartModel): Uint8Array => pngOf(chartSvg(model));

export const progressChartPng = (model: ProgressChartModel): Uint8Array => pngOf(progressChartSvg(model));
