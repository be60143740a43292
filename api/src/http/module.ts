import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import type { Config } from '../config.ts';

/**
 * What a module adds to the API: its route plugins (registered under /v1, in order, each given the
 * config; `rootRoutes` outside it) and the named component schemas they and other modules refer to.
 */
export interface ApiModule {
  name: string;
  components: TSchema[];
  routes: FastifyPluginAsyncTypebox<{ config: Config }>[];
  /** Route plugins outside /v1 (health checks, embeddable assets). */
  rootRoutes?: FastifyPluginAsyncTypebox<{ config: Config }>[];
}
