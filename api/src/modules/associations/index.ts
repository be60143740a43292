import type { ApiModule } from '../../http/module.ts';
import { associationRoutes, associationWriteRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const associationsModule: ApiModule = {
  name: 'associations',
  components,
  routes: [associationRoutes, associationWriteRoutes],
};
