import type { ApiModule } from '../../http/module.ts';
import { embedRoutes } from './routes.ts';

export const embedModule: ApiModule = {
  name: 'embed',
  components: [],
  routes: [],
  rootRoutes: [embedRoutes],
};
