// Text helpers shared by the engine and both shells.
export * from './normalize';
export * from './legacy';
export * from './village';
export * from './similar';
export * from './values';
export * from './format';
export * from './a1';
export { isVietnameseSyllable } from './syllable';
