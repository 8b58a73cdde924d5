import {
  bodyOf,
  HttpError,
  isString,
  notFound,
  ok,
  type RouteModule,
  requireField,
  validationFailed,
} from "../http.ts";
import { fullRepository, simpleUser } from "../shapes.ts";

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

export const repoRoutes: RouteModule = {
  api: [
    {
      operationId: "repos/get",
      route: "GET /repos/{owner}/{repo}",
      auth: "none",
      handler: (request) => {
        const viewer =
          request.actor.kind === "user" || request.actor.kind === "installation"
            ? request.actor.user.login
            : undefined;
        return ok(fullRepository(request.world, request.repo, viewer));
      },
    },
    {
      operationId: "repos/create-for-authenticated-user",
      route: "POST /user/repos",
      handler: (request) => {
        if (request.actor.kind !== "user") throw new HttpError(403, "Resource not accessible by integration");
        const body = bodyOf(request);
        const name = requireField(body, "name", isString);
        if (!NAME.test(name))
          throw validationFailed("Repository creation failed.", [
            { resource: "Repository", code: "custom", field: "name", message: "name is invalid" },
          ]);
        const owner = request.actor.user.login;
        if (request.world.findRepo(owner, name))
          throw validationFailed("Repository creation failed.", [
            {
              resource: "Repository",
              code: "custom",
              field: "name",
              message: "name already exists on this account",
            },
          ]);
        const repo = request.world.createRepo(`${owner}/${name}`, {
          private: body.private === true,
          ...(isString(body.description) ? { description: body.description } : {}),
          ...(body.auto_init === false ? { files: {} } : {}),
        });
        return ok(fullRepository(request.world, repo, owner), 201);
      },
    },
    {
      operationId: "repos/get-collaborator-permission-level",
      route: "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      handler: (request) => {
        const login = request.params.username as string;
        const user = request.world.findUser(login);
        if (!user) throw notFound();
        const permission = request.world.permissionOf(request.repo, login);
        const roleName = permission === "none" ? "none" : permission;
        return ok({
          permission,
          role_name: roleName,
          user: {
            ...simpleUser(request.world, login),
            role_name: roleName,
            permissions: {
              admin: permission === "admin",
              maintain: permission === "admin",
              push: permission === "admin" || permission === "write",
              triage: permission !== "none",
              pull: permission !== "none",
            },
          },
        });
      },
    },
  ],
};
