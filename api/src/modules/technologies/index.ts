import type { ApiModule } from '../../http/module.ts';
import { technologyRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const technologiesModule: ApiModule = {
  name: 'technologies',
  components,
  routes: [technologyRoutes],
};
