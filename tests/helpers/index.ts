// The test doubles of the ports, in one import.
export { FakeClock, flushMicrotasks } from "./fake-clock";
export { ListNotifier, type Notice } from "./list-notifier";
export { MapSecretStore } from "./map-secret-store";
export { MemoryVault, ioError, type VaultOperation } from "./memory-vault";
export { offlineHttp, testHost, type TestHost, type TestHostOptions } from "./test-host";
export { googleRoutes, socialRoutes } from "./routes";
