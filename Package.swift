// swift-tools-version:6.0
import PackageDescription

// No package dependencies: the server is one small binary built from the toolchain alone.
let package = Package(
    name: "brief-lsp",
    products: [
        .library(name: "BriefAnalysis", targets: ["BriefAnalysis"]),
        .executable(name: "brief-lsp", targets: ["BriefLSP"]),
        .executable(name: "brief-bench", targets: ["BriefBench"]),
    ],
    targets: [
        .target(name: "BriefAnalysis"),
        .executableTarget(name: "BriefLSP", dependencies: ["BriefAnalysis"]),
        .executableTarget(name: "BriefBench", dependencies: ["BriefAnalysis"]),
        .testTarget(name: "BriefAnalysisTests", dependencies: ["BriefAnalysis"]),
        .testTarget(name: "BriefLSPTests", dependencies: ["BriefLSP", "BriefAnalysis"]),
    ]
)
