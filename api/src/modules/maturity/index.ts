import type { ApiModule } from '../../http/module.ts';
import { maturityRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const maturityModule: ApiModule = {
  name: 'maturity',
  components,
  routes: [maturityRoutes],
};
