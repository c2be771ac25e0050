// One figure of build/bench.json.
export interface Metric {
  name: string;
  value: number;
  unit: string;
}
