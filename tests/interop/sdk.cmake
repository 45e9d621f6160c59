# SDK interop tests (included by CMakeLists.txt here): the official Alibaba Cloud SDKs from npm,
# pinned in package-lock.json, against the acr-bss-sandbox executable started by each script with
# --port 0. Results print in node's test-runner format. Missing node or node_modules: they fail.
foreach(script sdk_v1_popcore sdk_v3_openapi sdk_v3_instances sdk_sts)
    acrp_add_node_test(NAME interop_${script} SCRIPT ${script}.js
        ARGS $<TARGET_FILE:acr-bss-sandbox> LABELS sandbox TIMEOUT 120)
endforeach()

# The Terraform export read by HashiCorp's HCL2 parser (@cdktf/hcl2json): every golden and every
# generated file parses and holds the order's values (issue 18, part 1).
acrp_add_node_test(NAME interop_hcl_export SCRIPT hcl_export.js
    ARGS $<TARGET_FILE:acrp-infra-export-tool> "${PROJECT_SOURCE_DIR}/tests/core/export/golden" TIMEOUT 120)
