/** The organisation pickers' words. */
export const m = {
  associations: 'Förbund',
  municipalities: 'Kommuner',
  regions: 'Regioner',
};
