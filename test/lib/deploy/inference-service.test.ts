import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { kubernetesTarget } from "../../../lib/deploy/config.ts";
import {
  inferenceServiceName,
  inferenceServiceProblems,
  isLabelValue,
  renderInferenceService,
  renderTemplate,
  STORAGE_SCHEMES,
} from "../../../lib/deploy/inference-service.ts";
import { sampleValues } from "../../../lib/deploy/placeholders.ts";

const facts = {
  model: "churn",
  version: 4,
  environment: "production",
  digest: `sha256:${"ab".repeat(32)}`,
  storageUri: "https://github.com/acme/churn/releases/download/churn-v4/model.joblib",
  deploymentId: 1042,
  commit: "3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345",
};
const target = (config: Record<string, unknown>) => kubernetesTarget.parse({ kind: "kubernetes", ...config });

describe("renderInferenceService", () => {
  it("renders a KServe v1beta1 InferenceService with the version's storage URI, labels and annotations", () => {
    const rendered = renderInferenceService(
      target({
        namespace: "models",
        model_format: "sklearn",
        model_format_version: "1",
        runtime: "kserve-sklearnserver",
      }),
      facts,
    );
    expect(rendered.yaml).toMatchInlineSnapshot(`
      "apiVersion: serving.kserve.io/v1beta1
      kind: InferenceService
      metadata:
        name: churn
        namespace: models
        labels:
          app.kubernetes.io/name: churn
          app.kubernetes.io/version: v4
          app.kubernetes.io/managed-by: trainyard
          trainyard.dev/model: churn
          trainyard.dev/version: "4"
          trainyard.dev/environment: production
        annotations:
          trainyard.dev/digest: sha256:abababababababababababababababababababababababababababababababab
          trainyard.dev/deployment-id: "1042"
          trainyard.dev/commit: 3f9c2a1b7d4e5f60718293a4b5c6d7e8f9012345
      spec:
        predictor:
          model:
            modelFormat:
              name: sklearn
              version: "1"
            runtime: kserve-sklearnserver
            storageUri: https://github.com/acme/churn/releases/download/churn-v4/model.joblib
      "
    `);
    expect(rendered).toMatchObject({ name: "churn", namespace: "models" });
    const parsed = parse(rendered.yaml);
    expect(inferenceServiceProblems(parsed)).toEqual([]);
    for (const value of Object.values(parsed.metadata.labels as Record<string, string>))
      expect(isLabelValue(value), value).toBe(true);
  });

  it("keeps optional fields out, and takes an OCI artifact as the storage URI", () => {
    const oci = `oci://ghcr.io/acme/churn-model@sha256:${"cd".repeat(32)}`;
    const parsed = parse(
      renderInferenceService(target({ model_format: "onnx" }), { ...facts, storageUri: oci }).yaml,
    );
    expect(parsed.metadata.namespace).toBeUndefined();
    expect(parsed.spec).toEqual({ predictor: { model: { modelFormat: { name: "onnx" }, storageUri: oci } } });
  });

  it("makes a Kubernetes name of any model name", () => {
    expect(inferenceServiceName("churn")).toBe("churn");
    expect(inferenceServiceName("fraud_v2.large")).toBe("fraud-v2-large");
    expect(inferenceServiceName("3d-pose")).toBe("model-3d-pose");
    expect(inferenceServiceName(`a${"b".repeat(80)}`)).toHaveLength(63);
    for (const model of ["churn", "fraud_v2.large", "3d-pose", "x..y__z", `m${"-".repeat(70)}n`]) {
      const parsed = parse(
        renderInferenceService(target({ model_format: "sklearn" }), { ...facts, model }).yaml,
      );
      expect(inferenceServiceProblems(parsed), model).toEqual([]);
    }
  });

  it("refuses what the cluster would refuse: a storage URI KServe cannot fetch", () => {
    expect(() =>
      renderInferenceService(target({ model_format: "sklearn" }), { ...facts, storageUri: "ftp://x/model" }),
    ).toThrow(/storageUri "ftp:\/\/x\/model" must start with one of gs:\/\/, s3:\/\//);
    expect(() =>
      renderInferenceService(target({ model_format: "sklearn" }), { ...facts, storageUri: "" }),
    ).toThrow(/spec\.predictor\.model\.storageUri is required/);
  });
});

interface Service {
  apiVersion: string;
  metadata: { name: string; labels: Record<string, string>; annotations: Record<string, unknown> };
  spec: { predictor: { model?: { modelFormat?: unknown; storageUri?: string }; sklearn?: unknown } };
}

describe("inferenceServiceProblems", () => {
  const valid = () =>
    parse(renderInferenceService(target({ model_format: "sklearn" }), facts).yaml) as Service;

  it("names each way an object falls short of the CRD", () => {
    expect(inferenceServiceProblems("text")).toEqual(["not an object"]);
    const broken = valid();
    broken.apiVersion = "serving.kserve.io/v1alpha1";
    broken.metadata.name = "Churn_Model";
    broken.metadata.labels["trainyard.dev/model"] = "-bad-";
    broken.metadata.annotations["trainyard.dev/deployment-id"] = 1042;
    delete broken.spec.predictor.model?.modelFormat;
    expect(inferenceServiceProblems(broken)).toEqual([
      'apiVersion must be serving.kserve.io/v1beta1, got "serving.kserve.io/v1alpha1"',
      'metadata.name must be a DNS-1123 label starting with a letter (at most 63), got "Churn_Model"',
      'label trainyard.dev/model: "-bad-" is not a label value (text of at most 63)',
      "annotation trainyard.dev/deployment-id must be text, got 1042",
      "spec.predictor.model.modelFormat.name is required",
    ]);
  });

  it("wants exactly one predictor form", () => {
    const both = valid();
    both.spec.predictor.sklearn = { storageUri: "gs://bucket/model" };
    expect(inferenceServiceProblems(both)).toEqual([
      `spec.predictor must have exactly one of model, containers or a framework (sklearn, xgboost, tensorflow, pytorch, triton, onnx, pmml, lightgbm, paddle, huggingface), has model, sklearn`,
    ]);
    const none = valid();
    none.spec.predictor = {};
    expect(inferenceServiceProblems(none)[0]).toMatch(/has none$/);
  });

  it("accepts every storage scheme KServe knows", () => {
    for (const scheme of STORAGE_SCHEMES) {
      const service = valid();
      (service.spec.predictor.model as { storageUri: string }).storageUri = `${scheme}://somewhere/model`;
      expect(inferenceServiceProblems(service), scheme).toEqual([]);
    }
  });
});

describe("renderTemplate", () => {
  const values = {
    ...sampleValues(),
    MODEL_NAME: "churn",
    MODEL_VERSION: "4",
    STORAGE_URI: facts.storageUri,
    DEPLOY_ENVIRONMENT: "production",
  };
  const template = `apiVersion: v1
kind: ServiceAccount
metadata: { name: churn-sa, namespace: models }
---
apiVersion: serving.kserve.io/v1beta1
kind: InferenceService
metadata:
  name: \${MODEL_NAME}-\${DEPLOY_ENVIRONMENT}
  namespace: models
  labels: { app.kubernetes.io/version: "v\${MODEL_VERSION}" }
  annotations: { serving.kserve.io/deploymentMode: RawDeployment }
spec:
  predictor:
    serviceAccountName: churn-sa
    minReplicas: 2
    model:
      modelFormat: { name: xgboost }
      storageUri: \${STORAGE_URI}
      resources: { limits: { cpu: "1", memory: 2Gi } }
`;

  it("fills the placeholders and finds the InferenceService to wait for among the documents", () => {
    const rendered = renderTemplate(template, "deploy/isvc.yaml", values);
    expect(rendered).toMatchObject({ name: "churn-production", namespace: "models" });
    const documents = parseAllDocuments(rendered.yaml).map((d) => d.toJS());
    expect(documents).toHaveLength(2);
    expect(documents[1].spec.predictor.model.storageUri).toBe(facts.storageUri);
    expect(documents[1].metadata.labels["app.kubernetes.io/version"]).toBe("v4");
  });

  it("names the template file when it is wrong", () => {
    expect(() => renderTemplate("kind: InferenceService\n", "isvc.yaml", values)).toThrow(
      "isvc.yaml: document 1 has no apiVersion and kind",
    );
    expect(() => renderTemplate(template.split("---\n")[0] as string, "isvc.yaml", values)).toThrow(
      "isvc.yaml: the template must hold exactly one InferenceService (the one to wait for), it holds 0",
    );
    expect(() =>
      renderTemplate(template.replace(`\${MODEL_NAME}`, `\${MODEL}`), "isvc.yaml", values),
    ).toThrow(/isvc\.yaml: unknown placeholder \$\{MODEL\}/);
    expect(() =>
      renderTemplate(template.replace("name: xgboost", "name: [xgboost"), "isvc.yaml", values),
    ).toThrow(/isvc\.yaml:\d+: not YAML after filling placeholders/);
    expect(() =>
      renderTemplate(
        template.replace(`storageUri: \${STORAGE_URI}`, "storageUri: model.bst"),
        "isvc.yaml",
        values,
      ),
    ).toThrow(
      /isvc\.yaml: InferenceService: spec\.predictor\.model\.storageUri "model\.bst" must start with/,
    );
  });
});

describe("kubernetes target config", () => {
  it("needs a model format unless a template is given", () => {
    expect(kubernetesTarget.safeParse({ kind: "kubernetes" }).error?.issues[0]?.message).toBe(
      "model_format is required unless a template is given (e.g. model_format: sklearn)",
    );
    expect(kubernetesTarget.safeParse({ kind: "kubernetes", template: "isvc.yaml" }).success).toBe(true);
    expect(
      kubernetesTarget.safeParse({ kind: "kubernetes", model_format: "sklearn", name: "Churn" }).success,
    ).toBe(false);
  });
});
