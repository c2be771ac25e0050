// exceljs 4.4 reads each <dataValidation sqref="C2:C1048576"> back cell by cell: one whole-column rule takes
// about 3 s and 130 MB to load, and a commune workbook carries dozens. The product never reads with exceljs
// (src/node/xlsx has its own reader); tests that open workbooks with it keep each sqref range as one key of
// `dataValidations.model`, the form exceljs itself writes a range key in. Single cells read as before.
interface DataValidationsXform {
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: unknown };
  model: Record<string, unknown>;
  parseClose(name: string): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const xform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform.js') as {
  prototype: DataValidationsXform;
};
const parseClose = xform.prototype.parseClose;
xform.prototype.parseClose = function (this: DataValidationsXform, name: string): boolean {
  if (name !== 'dataValidation') return parseClose.call(this, name);
  const rule = this._dataValidation;
  if (!rule.formulae || rule.formulae.length === 0) {
    delete rule.formulae;
    delete rule.operator;
  }
  for (const address of this._address.split(/\s+/u)) if (address !== '') this.model[address] = rule;
  return true;
};
