// How many lines a wrapped cell text takes at a column width: about one character per width unit, less two for
// the cell's padding (the rule the owned sheets' writer uses). Neither Excel nor LibreOffice grows a row written
// without a height, so the renderers size rows with it.
export const wrappedLineCount = (text: string, width: number): number => {
  const perLine = Math.max(1, Math.floor(width - 2));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
};
