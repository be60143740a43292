import type { ApiModule } from '../../http/module.ts';
import { passwordRoutes } from './password.ts';
import { authRoutes } from './routes.ts';

export const authModule: ApiModule = {
  name: 'auth',
  components: [],
  routes: [authRoutes, passwordRoutes],
};
