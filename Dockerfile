# Builds the API with the SPA inside, for `docker compose up` (see docker-compose.yml).
# Docker cannot run on the machines this project is developed on, so this file is kept
# right by reading, not by running; see README "Running in production".
# Node 22 LTS in the image (Node 20 left support in April 2026); the code itself runs on 20.19+.
FROM node:22-bookworm-slim AS build
WORKDIR /repo
RUN npm install --global pnpm@10.34.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/core/package.json packages/core/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build \
  && pnpm --filter @mentorbro/api deploy --legacy --prod /out

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST_DIR=/app/web
WORKDIR /app/api
COPY --from=build /out ./
COPY --from=build /repo/apps/web/dist /app/web
USER node
EXPOSE 3000
# Ready means the database answers too; the start period leaves time for migrations.
HEALTHCHECK --interval=10s --timeout=3s --retries=5 --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node itself is PID 1 and handles SIGTERM (server.ts): it stops taking connections and
# finishes the requests in flight. Other entry points: dist/migrate.js, dist/admin-create.js.
CMD ["node", "dist/server.js"]
