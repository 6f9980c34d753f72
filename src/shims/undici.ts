/**
 * What the Action's bundle has for the `undici` package (tsconfig.json `paths`, which ncc follows).
 * Its one importer is @actions/http-client, whose ProxyAgent only serves @actions/core's OIDC token
 * requests behind a proxy: mlgate never asks for one. The real package is ~900 KB of the bundle,
 * compiled and evaluated at every start; mlgate's own requests go through Octokit and node's fetch.
 */
export class ProxyAgent {
  constructor() {
    throw new Error(
      'mlgate does not bundle undici: @actions/http-client behind a proxy (OIDC tokens) is not supported',
    );
  }
}
