// What a shell hands the engine: every sheet's cell values, as getValues() or a spreadsheet file gives them.
export type CellValue = string | number | boolean | Date | null | undefined;
export type SheetValues = readonly (readonly CellValue[])[];
export type WorkbookSnapshot = Readonly<Record<string, SheetValues>>;
