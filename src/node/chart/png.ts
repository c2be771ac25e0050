// The chart's SVG rasterised to PNG for the .docx (resvg, with the system's Times New Roman or Liberation Serif).
import { Resvg } from '@resvg/resvg-js';
import { chartSvg, type ChartModel } from '../../core/report/chart';

/** Twice the SVG's size, so the image stays sharp when printed at 160 mm. */
export const chartPng = (model: ChartModel): Uint8Array => {
  const resvg = new Resvg(chartSvg(model), {
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Serif', serifFamily: 'Liberation Serif' },
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
  });
  return resvg.render().asPng();
};
