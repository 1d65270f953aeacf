export { DEFAULT_PROFILE, ProfileError, loadProfile, loadShippedProfiles, shippedProfiles } from './load-profile.ts';
export { detectProfile } from './detect-profile.ts';
export { compileProfile, type Position, type PositionRule, type ReportProfile } from './report-profile.ts';
export { profileSchema, type ProfileData } from './profile-schema.ts';
export { profileOf } from './profile-of.ts';
