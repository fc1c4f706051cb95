# One image for the web and worker processes (docker-compose.yml picks the command).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY config ./config
COPY domain ./domain
COPY db ./db
COPY workflows ./workflows
COPY activities ./activities
COPY server ./server
COPY templates ./templates
COPY static ./static
COPY tsconfig.json ./
USER node
EXPOSE 3000
CMD ["npm", "run", "web"]
