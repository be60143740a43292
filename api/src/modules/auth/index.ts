import type { ApiModule } from '../../http/module.ts';
import { authRoutes } from './routes.ts';

export const authModule: ApiModule = {
  name: 'auth',
  components: [],
  routes: [authRoutes],
};
