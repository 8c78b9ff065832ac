export declare const SECURITY_FUSES: Readonly<{
  RunAsNode: boolean;
  EnableCookieEncryption: boolean;
  EnableNodeOptionsEnvironmentVariable: boolean;
  EnableNodeCliInspectArguments: boolean;
  EnableEmbeddedAsarIntegrityValidation: boolean;
  OnlyLoadAppFromAsar: boolean;
  GrantFileProtocolExtraPrivileges: boolean;
}>;

export declare function fuseConfig(fuses: {
  FuseVersion: { V1: string };
  FuseV1Options: Record<string, number | string>;
}): Record<string | number, unknown>;
