export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  arch?: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

declare function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
