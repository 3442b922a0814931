export * from './label';
export * from './goals';
export * from './fields';
export * from './languages';
export * from './geography';
export * from './profile-options';
