import type { ApiModule } from '../../http/module.ts';
import { ocdsBulkRoutes } from './ocds-bulk.ts';
import { participantRoutes } from './participants.ts';
import { procurementRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const procurementsModule: ApiModule = {
  name: 'procurements',
  components,
  routes: [procurementRoutes, participantRoutes, ocdsBulkRoutes],
};
