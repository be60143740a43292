import type { ApiModule } from '../../http/module.ts';
import { apiInfoRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const apiInfoModule: ApiModule = {
  name: 'api-info',
  components,
  routes: [apiInfoRoutes],
};
