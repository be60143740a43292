import fp from 'fastify-plugin';

/**
 * While the server shuts down, requests already in flight still get their answers, each with
 * `Connection: close`, so that no keep-alive connection holds the shutdown open after its last answer.
 */
export default fp(
  async (app) => {
    let closing = false;
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (closing) reply.header('connection', 'close');
      done(null, payload);
    });
  },
  { name: 'graceful-close' },
);
