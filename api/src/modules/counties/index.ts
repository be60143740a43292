import type { ApiModule } from '../../http/module.ts';
import { countyRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const countiesModule: ApiModule = {
  name: 'counties',
  components,
  routes: [countyRoutes],
};
