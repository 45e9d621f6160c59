# SDK interop tests (included by CMakeLists.txt here): the official Alibaba Cloud SDKs from npm,
# pinned in package-lock.json, against the acr-bss-sandbox executable started by each script with
# --port 0. Results print in node's test-runner format. Missing node or node_modules: they fail.
foreach(script sdk_v1_popcore sdk_v3_openapi sdk_v3_instances sdk_sts)
    acrp_add_node_test(NAME interop_${script} SCRIPT ${script}.js
        ARGS $<TARGET_FILE:acr-bss-sandbox> LABELS sandbox TIMEOUT 120)
endforeach()
