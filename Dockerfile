# syntax=docker/dockerfile:1
#
# The production server as a container: `npm run build` in a build stage, then only the standalone
# output (.next/standalone: server.js, the traced node_modules, static assets, public/) in a small
# runtime image, run as the unprivileged `node` user. README.md, "Deploying", explains each choice.
#
#   docker build --build-arg SITE_URL=https://your.domain -t recourse .
#   docker run --rm -p 3000:3000 recourse
#
# Node 22 (LTS): Node 20, which the tests also run on, reached its end of life in April 2026.
ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-alpine AS build
WORKDIR /app
# The origin and contact addresses are baked in at build time (lib/site/site-config.mjs); a build
# without SITE_URL names http://localhost:3000 and says so loudly in the build log.
ARG SITE_URL
ARG CORRECTIONS_EMAIL
ARG SECURITY_EMAIL
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-alpine AS runtime
WORKDIR /app
# HOSTNAME: Docker sets it to the container's id, and the server must listen on every interface.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# Owned by `node`: Next rewrites a prerendered page in .next/server/app when it revalidates it (daily).
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
# /robots.txt is small, prerendered and answered by Next itself, so a pass means the whole server is up.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/robots.txt').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself; server/main.mjs finishes requests in flight, then exits.
CMD ["node", "server.js"]
