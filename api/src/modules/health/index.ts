import type { ApiModule } from '../../http/module.ts';
import { healthRoutes } from './routes.ts';

export const healthModule: ApiModule = {
  name: 'health',
  components: [],
  routes: [],
  rootRoutes: [healthRoutes],
};
