// publish_overhead_ms: milliseconds from `handler.execute` to the publishing request arriving at the loopback fake,
// median over 20 posts on each of the four networks (Instagram's includes its quota read, which precedes the write).
import { median, startSocialBench } from "./social-world";

const RUNS = 20;
const WARMUP = 3;

export const publishOverheadMs = {
	name: "publish_overhead_ms",
	unit: "ms",
	decimals: 2,
	async measure(): Promise<number> {
		const b = await startSocialBench();
		try {
			const samples: number[] = [];
			const networks = [
				{ params: (i: number) => ({ network: "facebook", text: `Bench post ${i}` }), fake: b.meta },
				{ params: (i: number) => ({ network: "instagram", text: `Bench post ${i}`, image_url: "https://cdn.example/bench.jpg" }), fake: b.meta },
				{ params: (i: number) => ({ network: "x", text: `Bench post ${i}` }), fake: b.x },
				{ params: (i: number) => ({ network: "linkedin", text: `Bench post ${i}` }), fake: b.linkedin },
			];
			let n = 0;
			for (const net of networks) {
				for (let i = 0; i < WARMUP + RUNS; i++) {
					const params = b.post.params.parse(net.params(++n));
					const before = net.fake.received.length;
					const t0 = performance.now();
					await b.post.execute(params, b.ctx());
					const firstPost = net.fake.received.slice(before).find((r) => r.method === "POST");
					if (!firstPost) throw new Error(`no publishing request reached the ${String((params as { network: string }).network)} fake`);
					if (i >= WARMUP) samples.push(firstPost.at - t0);
				}
			}
			return median(samples);
		} finally {
			await b.close();
		}
	},
};
