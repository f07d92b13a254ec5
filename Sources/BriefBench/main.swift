import BriefAnalysis

print("brief-bench")
