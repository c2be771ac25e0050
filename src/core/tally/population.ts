// Which citizens count towards which population: the denominators come from the villages and units sheets.
import type { Citizen } from '../registers/schema';

const ageOf = (c: Citizen, year: number | null): number | null =>
  c.birthYear !== null && year !== null ? year - c.birthYear : null;

/** Người lớn: 18 and over; without a birth year, everyone but pupils and students. */
export const isAdult = (c: Citizen, year: number | null): boolean => {
  if (c.villageKey === null) return false;
  const age = ageOf(c, year);
  return age === null ? c.group !== 'student' : age >= 18;
};

/** Người lao động: residents, farmers and workers of working age (15 to 60) where the birth year is known. */
export const isWorker = (c: Citizen, year: number | null): boolean => {
  if (c.villageKey === null || (c.group !== 'resident' && c.group !== 'worker')) return false;
  const age = ageOf(c, year);
  return age === null || (age >= 15 && age <= 60);
};

export const isOfficial = (c: Citizen): boolean => c.group === 'official' && c.unitKey !== null;
