// A territory or theme page invites its readers to propose a record « for this territory » or
// « on this theme »: the form opens with that département, région or theme already ticked
// (?departement=22, ?region=53, ?theme=gouvernance). Only the shape of the code is checked
// here; a code that names no choice of the form ticks nothing.
import type { RecordData } from './form-state.ts';

const DEPARTEMENT = /^(\d{2,3}|2[AB])$/;
const REGION = /^\d{2}$/;
const THEME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function territoryPreset(search: string): RecordData {
  const params = new URLSearchParams(search);
  const departement = (params.get('departement') ?? '').trim().toUpperCase();
  const region = (params.get('region') ?? '').trim();
  const theme = (params.get('theme') ?? '').trim();
  const preset: RecordData = {};
  if (DEPARTEMENT.test(departement)) preset.departements = [departement];
  if (REGION.test(region)) preset.regions = [region];
  if (THEME.test(theme)) preset.themes = [theme];
  return preset;
}
