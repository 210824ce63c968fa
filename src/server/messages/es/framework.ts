/**
 * Spanish of the messages Fastify and its plugins write themselves (a refused body, too many
 * requests), which src/server/errors.ts passes on. They are not in Ciclo's source, so the
 * coverage test counts these entries as used.
 */
export const framework: Record<string, string> = {
  "Body cannot be empty when content-type is set to 'application/json'":
    "El cuerpo no puede estar vacío cuando el content-type es 'application/json'",
  'Request body is too large': 'El cuerpo de la solicitud es demasiado grande',
  'Unsupported Media Type': 'Tipo de contenido no admitido',
  'Unsupported Media Type: {type}': 'Tipo de contenido no admitido: {type}',
  'Request body size did not match Content-Length':
    'El tamaño del cuerpo de la solicitud no coincide con Content-Length',
  'Rate limit exceeded, retry in {after}': 'Demasiadas solicitudes; inténtelo de nuevo en {after}',
  'Route {method}:{url} not found': 'No existe la ruta {method}:{url}',
  '1 minute': '1 minuto',
};
